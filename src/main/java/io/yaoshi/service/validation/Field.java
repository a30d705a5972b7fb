package io.yaoshi.service.validation;

/** The input a validation error is about, so a front end can put the message beside the right control. */
public enum Field {
    PROVIDER, NAME, REGION, ZONE, PROJECT_ID, RESOURCE_GROUP, TAGS, TAG_KEY, TAG_VALUE, KEY_TYPE, PASSWORD, KEY_ID, SECRET, ENDPOINT;

    /** The lower-case spelling used in message keys. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
