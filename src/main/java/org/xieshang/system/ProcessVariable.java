package org.xieshang.system;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable's name and type, declared once in its process's constants class. Variables hold ids and
 * routing facts only; data lives in our tables.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public T from(VariableScope scope) {
        return type.cast(scope.getVariable(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }
}
