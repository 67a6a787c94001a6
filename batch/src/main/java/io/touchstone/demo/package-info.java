/**
 * Generates a believable company's customer-experience data as inbox files, so Touchstone can be
 * shown, tried and load-tested without anyone's real customers.
 *
 * <p>{@link io.touchstone.demo.DemoDataGenerator} is the entry point; everything else in this
 * package is the cast ({@code DemoCompany}), the plot ({@code StoryLine}) and the machinery that
 * turns them into feed files.
 */
package io.touchstone.demo;
