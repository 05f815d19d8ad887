package com.empowerfitness.guide.browser;

import java.util.List;

/** The public pages every browser test visits, at both widths. */
final class PublicPages {

    /**
     * Every public page, one example of each template. Add a page here and it is checked with axe, for the skip
     * link, visible focus, 200% text and reflow.
     */
    static final List<String> PATHS = List.of(
            "/",
            "/articles/causes",
            "/articles/when-to-worry",
            "/exercises",
            "/exercises/knee-to-chest",
            "/exercises/routine",
            "/exercises/print",
            "/faq",
            "/book",
            "/book/request",
            "/book/free-phone-consultation",
            "/privacy",
            "/check",
            "/check/result?flag=1&sign=0",
            "/check/result?sign=2",
            "/search?q=spasm",
            "/tags/posture",
            "/no-such-page",
            // The Spanish edition: one example of each template in the other language.
            "/es/",
            "/es/articulos/causas",
            "/es/ejercicios",
            "/es/ejercicios/rodillas-al-pecho",
            "/es/ejercicios/rutina",
            "/es/ejercicios/imprimir",
            "/es/preguntas-frecuentes",
            "/es/reservar",
            "/es/reservar/solicitud",
            "/es/comprobar",
            "/es/buscar?q=espalda",
            "/es/no-existe");

    private PublicPages() {}
}
