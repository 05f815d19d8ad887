-- Pages an editor asked a clinician to review (one open request per file; the sign-off closes it).
-- requested_by is a staff username, never a patient's detail.
CREATE TABLE review_request (
    path VARCHAR(200) PRIMARY KEY,
    requested_by VARCHAR(50) NOT NULL,
    requested_on DATE NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
