package com.empowerfitness.guide.content;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every registered {@link ContentType}: the features' beans, collected by Spring. */
@Component
public class ContentTypes {

    private final List<ContentType> types;

    public ContentTypes(List<ContentType> types) {
        this.types = List.copyOf(types);
    }

    public List<ContentType> all() {
        return types;
    }

    /** The type whose file this is, or empty when no type claims the path. */
    public Optional<ContentType> of(String relativePath) {
        return types.stream().filter(t -> t.accepts(relativePath)).findFirst();
    }

    /** The places files may live, for the message about a file elsewhere. */
    public String places() {
        return types.stream().map(ContentType::place).sorted().collect(Collectors.joining(", "));
    }
}
