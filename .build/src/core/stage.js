export function createStage(stage) {
    return Object.freeze({ ...stage, requires: Object.freeze([...stage.requires]), provides: Object.freeze([...stage.provides]) });
}
