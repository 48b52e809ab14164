/** Entry point: mounts the app. */
import { render } from "solid-js/web";
import "./styles.css";
import { App } from "./app.jsx";

const root = document.getElementById("root");
if (root) render(() => <App />, root);
