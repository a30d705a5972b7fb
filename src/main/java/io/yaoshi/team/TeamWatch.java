package io.yaoshi.team;

/** A running watch of a team's changes; closing it stops the watch and its connection. */
public interface TeamWatch extends AutoCloseable {
    @Override
    void close();
}
