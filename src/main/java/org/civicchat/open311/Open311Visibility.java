package org.civicchat.open311;

import java.util.List;

/**
 * Which tickets the public feed shows (the office's publication policy, kept at the edge): for each number,
 * whether it may be shown. A ticket not shown answers exactly like one that does not exist.
 */
public interface Open311Visibility {

    List<Boolean> shown(List<String> numbers);
}
