/** Users, roles and login. */
package com.onereview.security;
