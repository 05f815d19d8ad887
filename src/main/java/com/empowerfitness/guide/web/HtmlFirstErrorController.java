package com.empowerfitness.guide.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error controller with the preference turned round: the HTML error page for every client (curl,
 * link checkers and many bots send {@code Accept: *}{@code /*} or nothing, and Boot's own choice gives them the
 * JSON body), JSON only for a client that asks for it.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class HtmlFirstErrorController extends BasicErrorController {

    HtmlFirstErrorController(
            ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        super(
                errorAttributes,
                web.getError(),
                List.copyOf(resolvers.orderedStream().toList()));
    }

    /** Any client that did not ask for JSON: the error page ({@code templates/error/}). */
    @Override
    @RequestMapping
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        return super.errorHtml(request, response);
    }

    /** Only for {@code Accept: application/json} (or problem+json): Boot's JSON error body. */
    @Override
    @RequestMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        return super.error(request);
    }
}
