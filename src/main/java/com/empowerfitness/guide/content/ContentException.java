package com.empowerfitness.guide.content;

/** Thrown by the pipeline's stages when a file cannot be used; carries the editor-facing error. */
public class ContentException extends RuntimeException {

    private final ContentError error;

    public ContentException(String path, Integer line, Integer column, String reason) {
        super(new ContentError(path, line, column, reason).toLogLine());
        this.error = new ContentError(path, line, column, reason);
    }

    public ContentError error() {
        return error;
    }
}
