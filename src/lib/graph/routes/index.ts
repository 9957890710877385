export { findRoutes, neighbourhood, type Route, type RouteOptions } from './routes';
