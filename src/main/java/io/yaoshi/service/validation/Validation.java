package io.yaoshi.service.validation;

import java.util.ArrayList;
import java.util.List;

/** The verdict of a validator: every broken rule at once, or none. Never thrown; always returned. */
public record Validation(List<ValidationError> errors) {

    public static final Validation OK = new Validation(List.of());

    public Validation {
        errors = List.copyOf(errors);
    }

    static Validation of(ValidationError... errors) {
        return new Validation(List.of(errors));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<ValidationError> errorsFor(Field field) {
        return errors.stream().filter(e -> e.field() == field).toList();
    }

    public Validation and(Validation other) {
        List<ValidationError> all = new ArrayList<>(errors);
        all.addAll(other.errors);
        return new Validation(all);
    }
}
