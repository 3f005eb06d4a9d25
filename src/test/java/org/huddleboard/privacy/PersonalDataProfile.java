package org.huddleboard.privacy;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Erasure rewrites names across the demo trust's records: a database of its own, so other tests see theirs as loaded. */
public class PersonalDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:personal-data-tests;DB_CLOSE_DELAY=-1;NON_KEYWORDS=KEY,VALUE");
    }
}
