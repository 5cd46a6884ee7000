package org.hanoinet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * A whole demo node as {@link NodeTest}, whose clock is a {@link MovableClock} that tests move forward to
 * let deadlines pass. Its own application context (started once, shared by every test that uses this
 * annotation), so moving time never disturbs the tests of {@link NodeTest}. Tests here use their own cases
 * and never rely on global counts, since time only moves forward.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@NodeTest
@Import(MovableClock.Configuration.class)
public @interface MovableClockNodeTest {
}
