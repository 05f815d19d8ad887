package com.empowerfitness.guide.search;

import com.empowerfitness.guide.i18n.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: any input is safe; an empty query shows the form only. */
@Controller
class SearchController {

    static final String VIEW = "search/results";

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(Language language, @RequestParam(name = "q", required = false) String query, Model model) {
        String q = Highlighter.normalise(query);
        model.addAttribute("q", q);
        model.addAttribute("searched", !q.isEmpty());
        model.addAttribute("hits", search.search(language.code(), q));
        model.addAttribute("maxQueryLength", Highlighter.MAX_QUERY_LENGTH);
        return VIEW;
    }
}
