package com.onereview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The service, or with a command word as first argument a command-line tool (see {@link Commands}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

	public static void main(String[] args) {
		if (args.length > 0 && Commands.isCommand(args[0])) {
			System.exit(Commands.run(args));
		}
		SpringApplication.run(Application.class, args);
	}
}
