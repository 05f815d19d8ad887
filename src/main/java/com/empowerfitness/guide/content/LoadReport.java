package com.empowerfitness.guide.content;

import java.util.List;

/** What one load of the content folder did. */
public record LoadReport(int added, int updated, int unchanged, int removed, List<ContentError> errors) {

    /** This report with {@code more} files counted as unchanged (left alone by the loader before storing). */
    LoadReport withUnchanged(int more) {
        return new LoadReport(added, updated, unchanged + more, removed, errors);
    }

    static LoadReport failed(List<ContentError> errors) {
        return new LoadReport(0, 0, 0, 0, errors);
    }
}
