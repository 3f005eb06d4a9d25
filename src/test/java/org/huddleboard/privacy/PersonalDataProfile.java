package org.huddleboard.privacy;

import java.util.Map;

import org.huddleboard.TestDatabase;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Erasure rewrites names across the demo trust's records: a database of its own, so other tests see theirs as loaded. */
public class PersonalDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return TestDatabase.own("personal-data-tests");
    }
}
