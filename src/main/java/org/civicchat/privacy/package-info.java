/**
 * Personal data in outward text: {@link org.civicchat.privacy.PersonalData#mask} is the one masker for every
 * text that leaves the staff console's detail views (the Open311 feed, notices, CSV exports, logs). It depends
 * on nothing but {@code nlp} (HanLP's person-name recognition through its {@code Segmenter}).
 */
package org.civicchat.privacy;
