fn main() {
    retention_pay::ui::app::start();
}
