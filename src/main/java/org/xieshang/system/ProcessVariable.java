package org.xieshang.system;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable's name and type, declared once in its process's constants class. Variables hold ids and
 * routing facts only; data lives in our tables.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public T from(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Adds the variable to those a step completes its task with, or a process starts with. */
    public Map<String, Object> put(Map<String, Object> variables, T value) {
        variables.put(name, value);
        return variables;
    }

    /** The value read from the engine as this variable's type; ids stored by older code as an int read as a long. */
    public T cast(Object value) {
        if (value instanceof Number n && type == Long.class) {
            return type.cast(n.longValue());
        }
        return type.cast(value);
    }
}
