package com.empowerfitness.guide.scheduling;

/** The chosen time is no longer free: another booking holds it (the database said so), or it has passed. */
public class SlotTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SlotTakenException(String message, Throwable cause) {
        super(message, cause);
    }
}
