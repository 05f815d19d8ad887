package com.empowerfitness.guide.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A topic is written as a word of its language, accents and spaces included ({@code señales de alarma}), and
 * shown so; its address is made from it: accents dropped from Latin letters, lower case, hyphens between the words
 * ({@code /es/etiquetas/senales-de-alarma}). Two spellings that make the same address are the same topic. Letters
 * of any script are kept, so a language written in another alphabet has addresses in it. Templates call it as
 * {@code @tagNames}.
 */
@Component("tagNames")
public class TagNames {

    /** Letters and digits of any script, spaces and hyphens between words; no comma (the stored separator). */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}]+(?:[ -][\\p{L}\\p{N}]+)*");

    /** Whether {@code name} can be a topic. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The topic's address segment. */
    public static String address(String name) {
        // accents off Latin letters only: in other scripts a mark can be part of the letter (Arabic hamza)
        String folded = Normalizer.normalize(
                Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("(?<=\\p{IsLatin})\\p{M}+", ""),
                Normalizer.Form.NFC);
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** {@link #address(String)} for templates ({@code @tagNames.of(tag)}). */
    public String of(String name) {
        return address(name);
    }
}
