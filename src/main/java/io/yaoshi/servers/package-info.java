/**
 * The servers each key pair opens: the clouds' instance listings mapped to the vault's key pairs (no JavaFX). Later:
 * binding, rotation and the generated ssh config.
 */
package io.yaoshi.servers;
