package io.yaoshi.domain;

/** Why the vault refused an operation; each has its own text in every UI language. */
public enum VaultProblem {
    /** There is no vault file yet: create one first. */
    NO_VAULT,
    /** A vault file already exists where a new one was to be created. */
    ALREADY_EXISTS,
    /** The password does not open the vault; nothing was changed and nothing is unlocked. */
    WRONG_PASSWORD,
    /** The file is not a SQLite database, or not one written by Yaoshi. */
    NOT_A_VAULT,
    /** A Yaoshi vault whose header or SQLite structure no longer reads correctly: restore it from a backup. */
    DAMAGED,
    /** One item's stored copy failed authentication when it was read whole (a damaged disk or an outside edit). */
    ITEM_DAMAGED,
    /** The file was written by a newer Yaoshi whose format this version does not know. */
    NEWER_FORMAT,
    /** Another Yaoshi (or another window) has the vault open. */
    IN_USE,
    /** The vault is locked (perhaps after being idle); unlock it first. */
    LOCKED,
    /** The file or its folder cannot be written. */
    READ_ONLY,
    /** The disk is full. */
    DISK_FULL,
    /** A team's store refused or failed; the exception says which team problem (the team package's own). */
    TEAM,
    /** Any other input/output or database failure. */
    IO
}
