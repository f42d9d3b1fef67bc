package org.xieshang.tasks;

import java.util.Date;

import org.xieshang.deadlines.Deadline;

/** A task as the home page lists it: what, for which case and enterprise, and by when the law says. */
public record InboxTask(String id, String taskKey, String name, String caseRef, Long enterpriseId, String enterpriseName, Date created,
                 Date ended, String assignee, String formPath, Deadline deadline) {
}
