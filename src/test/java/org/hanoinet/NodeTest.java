package org.hanoinet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole demo node on a random port with its embedded PostgreSQL, shared by every test that uses this
 * annotation (one application context, started once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = HanoiNetApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface NodeTest {
}
