package org.ensemble.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Request builders with the test API key already in place. */
public final class Requests {

	private Requests() {
	}

	public static MockHttpServletRequestBuilder putJson(String path, String json) {
		return MockMvcRequestBuilders.put(path)
			.header("X-Api-Key", GraphTestSupport.API_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	public static MockHttpServletRequestBuilder delete(String path) {
		return MockMvcRequestBuilders.delete(path).header("X-Api-Key", GraphTestSupport.API_KEY);
	}

}
