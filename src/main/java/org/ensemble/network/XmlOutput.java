package org.ensemble.network;

import java.io.OutputStream;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The StAX writers the XML formats stream through; the factory is thread-safe once configured. */
final class XmlOutput {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private XmlOutput() {
	}

	/** Characters XML 1.0 cannot carry at all (most C0 controls) would make the document unreadable. */
	private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	static String text(Object value) {
		return NOT_XML.matcher(value.toString()).replaceAll("\uFFFD");
	}

	static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
		return FACTORY.createXMLStreamWriter(out, "UTF-8");
	}

}
