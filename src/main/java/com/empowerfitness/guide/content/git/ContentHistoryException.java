package com.empowerfitness.guide.content.git;

/** The content history could not be read or written (disk full, repository locked, broken object). */
public class ContentHistoryException extends RuntimeException {

    public ContentHistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
