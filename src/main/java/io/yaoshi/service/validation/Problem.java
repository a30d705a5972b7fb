package io.yaoshi.service.validation;

/** What exactly is wrong with a field; together with the field it selects the message shown to the user. */
public enum Problem {
    EMPTY,
    TOO_SHORT,
    TOO_LONG,
    BAD_FIRST_CHARACTER,
    BAD_CHARACTERS,
    URL_PREFIX,
    RESERVED_PREFIX,
    CONTAINS_URL,
    SURROUNDING_SPACE,
    DUPLICATE,
    TOO_MANY,
    UNKNOWN,
    NOT_APPLICABLE,
    QUOTA_REACHED,
    NAME_TAKEN,
    UNSUPPORTED
}
