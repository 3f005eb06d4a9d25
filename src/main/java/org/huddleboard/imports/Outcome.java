package org.huddleboard.imports;

/** What applying the file would do with one row. */
public enum Outcome {
    CREATE, CHANGE, UNCHANGED, REJECT
}
