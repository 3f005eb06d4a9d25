package org.huddleboard.idea;

/** Which step of a plan-do-study-act cycle a note records. */
public enum PdsaStage {
    PLAN,
    DO,
    STUDY,
    ACT
}
