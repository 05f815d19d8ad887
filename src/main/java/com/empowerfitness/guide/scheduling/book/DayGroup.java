package com.empowerfitness.guide.scheduling.book;

import java.util.List;

/** One day's heading ("Monday 15 March 2027") and its free times. */
public record DayGroup(String label, List<SlotView> slots) {}
