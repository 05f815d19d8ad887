package com.empowerfitness.guide.editor.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded images. Their names change whenever the picture does, so each may be cached for a year; only
 * names the upload gives are served, never through a symbolic link.
 */
@Controller
class ImageController {

    private final ImageUploads images;

    ImageController(ImageUploads images) {
        this.images = images;
    }

    @GetMapping("/images/{name}")
    ResponseEntity<Resource> image(@PathVariable String name) throws IOException {
        Path file = this.images.stored(name).orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = name.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(Files.size(file))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(new FileSystemResource(file));
    }
}
