package io.touchstone;

public final class TouchstoneCommand {
    public static void main(String[] args) {
    }
}
