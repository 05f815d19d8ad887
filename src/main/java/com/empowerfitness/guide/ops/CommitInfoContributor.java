package com.empowerfitness.guide.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info}: the version and the commit the running build came from. The commit is env
 * {@code GUIDE_COMMIT} when set (a deploy script knows it), else what the build recorded with
 * {@code -Dguide.commit=...}, else "unknown" - never guessed.
 */
@Component
class CommitInfoContributor implements InfoContributor {

    private final ObjectProvider<BuildProperties> build;

    private final String commitFromEnvironment;

    CommitInfoContributor(ObjectProvider<BuildProperties> build, @Value("${GUIDE_COMMIT:}") String commit) {
        this.build = build;
        this.commitFromEnvironment = commit;
    }

    @Override
    public void contribute(Info.Builder builder) {
        BuildProperties properties = this.build.getIfAvailable();
        Map<String, Object> guide = new LinkedHashMap<>();
        guide.put("version", properties != null ? properties.getVersion() : "unknown");
        guide.put("commit", commit(properties));
        builder.withDetail("guide", guide);
    }

    private String commit(BuildProperties properties) {
        if (!this.commitFromEnvironment.isBlank()) {
            return this.commitFromEnvironment.strip();
        }
        String recorded = properties != null ? properties.get("commit") : null;
        return (recorded == null || recorded.isBlank()) ? "unknown" : recorded;
    }
}
