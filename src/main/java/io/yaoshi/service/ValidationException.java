package io.yaoshi.service;

import io.yaoshi.service.validation.Validation;

/** A request broke the providers' rules; nothing was changed and nothing was sent. */
public final class ValidationException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final transient Validation validation;

    public ValidationException(Validation validation) {
        super(validation.errors().stream().map(e -> e.code() + "/" + e.problem()).toList().toString());
        this.validation = validation;
    }

    public Validation validation() {
        return validation;
    }
}
