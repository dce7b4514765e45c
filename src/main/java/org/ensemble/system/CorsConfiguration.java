package org.ensemble.system;

import java.util.Arrays;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** CORS is off unless ENSEMBLE_CORS_ORIGINS names the origins of front ends that call the API. */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration implements WebMvcConfigurer {

	private final String[] origins;

	CorsConfiguration(EnsembleProperties properties) {
		this.origins = Arrays.stream(properties.corsOrigins().split(",")).map(String::strip).filter((o) -> !o.isEmpty())
			.toArray(String[]::new);
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (this.origins.length > 0) {
			registry.addMapping("/api/**")
				.allowedOrigins(this.origins)
				.allowedMethods("GET", "PUT", "DELETE", "POST")
				.allowedHeaders("Authorization", "X-Api-Key", "Content-Type", "Accept");
		}
	}

}
