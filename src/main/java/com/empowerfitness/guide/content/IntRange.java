package com.empowerfitness.guide.content;

/** A number or a range from the front matter, such as {@code hold_seconds: [20, 30]} or {@code 5}. */
public record IntRange(int min, int max) {}
