package org.huddleboard;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For tests that create and retire CSUs, wards and people, or import history over the demo's: the demo trust in a database of its
 * own, so the other tests keep counting the demo's eight wards.
 */
public class SetupProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabase.url("setup-tests"));
    }
}
