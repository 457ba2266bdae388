/** The built-site server the tests use is the one the build's PDF step uses. */
export { serveStatic } from '../../scripts/lib/static-server.ts';
