package com.empowerfitness.guide.content;

import java.util.List;

/** What one load of the content folder did. */
public record LoadReport(int added, int updated, int unchanged, int removed, List<ContentError> errors) {

    static LoadReport failed(List<ContentError> errors) {
        return new LoadReport(0, 0, 0, 0, errors);
    }
}
