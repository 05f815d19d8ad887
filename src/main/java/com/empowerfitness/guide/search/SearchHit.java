package com.empowerfitness.guide.search;

import java.util.List;

/** One page found: its address, kind, score and highlighted title and snippet. */
record SearchHit(
        String url,
        String kind,
        int score,
        String title,
        List<Highlighter.Segment> titleSegments,
        List<Highlighter.Segment> snippet) {}
