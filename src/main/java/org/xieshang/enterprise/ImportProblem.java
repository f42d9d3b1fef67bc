package org.xieshang.enterprise;

import java.util.List;

/** What is wrong with an imported file: the line (0: the whole file, 1: its header) and the message with its arguments. */
public record ImportProblem(int line, String messageKey, List<Object> arguments) implements java.io.Serializable {

    public ImportProblem(int line, String messageKey, Object... arguments) {
        this(line, messageKey, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
