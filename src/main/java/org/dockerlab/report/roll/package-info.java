/**
 * The class roll-up ({@code dockerlab class report}): many learners' JSON grade reports read from files
 * and folders ({@link ReportReader}, {@link ReportFiles}), merged per learner and step with the latest
 * verdict winning ({@link ClassRoll}), and written for a gradebook (CSV), a person (HTML, Markdown) or
 * another tool (JSON) ({@link RollFormat}).
 */
package org.dockerlab.report.roll;
