/** Serial numbers, blocks, quantities, Parties and ITMO identifiers: pure Java, no Spring. */
package org.a6gateway.units;
