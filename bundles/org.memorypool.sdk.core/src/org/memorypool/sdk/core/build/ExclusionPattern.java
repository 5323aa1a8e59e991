// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * CDT's exclusion patterns (a source entry's {@code excluding="..."}), matched as CDT matches them
 * ({@code CharOperation.pathMatch}): {@code /} separates segments, {@code **} stands for any number of segments,
 * {@code *} for any characters within a segment and {@code ?} for one. Matching never backtracks more than once per
 * wildcard: its cost is at most the product of the pattern's and the path's lengths, whatever a project writes.
 */
final class ExclusionPattern {

	private ExclusionPattern() {
	}

	/** Whether {@code path} (relative, {@code /} separated) matches {@code pattern} as a whole. */
	static boolean matches(String pattern, String path) {
		String[] patternSegments = pattern.split("/", -1);
		String[] pathSegments = path.split("/", -1);
		// The classic wildcard walk, over segments: remember the last ** and retry from one segment further.
		int p = 0;
		int s = 0;
		int starP = -1;
		int starS = 0;
		while (s < pathSegments.length) {
			if (p < patternSegments.length && patternSegments[p].equals("**")) {
				starP = p++;
				starS = s;
			} else if (p < patternSegments.length && segmentMatches(patternSegments[p], pathSegments[s])) {
				p++;
				s++;
			} else if (starP >= 0) {
				p = starP + 1;
				s = ++starS;
			} else {
				return false;
			}
		}
		while (p < patternSegments.length && patternSegments[p].equals("**")) {
			p++;
		}
		return p == patternSegments.length;
	}

	/**
	 * One segment against one name, {@code *} and {@code ?} as wildcards: a literal run up to the first {@code *}, then
	 * each run between stars found at the earliest place after the one before. As in CDT, a name that ends where more
	 * than one {@code *} is left of the pattern does not match ({@code **b**} does not match {@code b}).
	 */
	static boolean segmentMatches(String pattern, String name) {
		int p = 0;
		int n = 0;
		while (p < pattern.length() && pattern.charAt(p) != '*') {
			if (n == name.length() || pattern.charAt(p) != '?' && pattern.charAt(p) != name.charAt(n)) {
				return false;
			}
			p++;
			n++;
		}
		if (p == pattern.length()) {
			return n == name.length();
		}
		int runStart = ++p; // the run after the star
		int runAt = n; // where in the name the run is tried
		while (n < name.length()) {
			if (p == pattern.length()) {
				p = runStart;
				n = ++runAt;
			} else if (pattern.charAt(p) == '*') {
				runStart = ++p;
				if (runStart == pattern.length()) {
					return true;
				}
				runAt = n;
			} else if (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n)) {
				p++;
				n++;
			} else {
				p = runStart;
				n = ++runAt;
			}
		}
		return runStart == pattern.length() || p == pattern.length()
				|| p == pattern.length() - 1 && pattern.charAt(p) == '*';
	}
}
