package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP status and the JSON object sent with it. */
record Reply(int status, ObjectNode body) {
}
