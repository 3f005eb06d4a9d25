package org.huddleboard.imports;

/** Told as an apply goes: how many of the rows to write are written. */
interface Progress {
    void total(int rows);

    void done(int rows);

    Progress NONE = new Progress() {
        @Override
        public void total(int rows) {
        }

        @Override
        public void done(int rows) {
        }
    };
}
