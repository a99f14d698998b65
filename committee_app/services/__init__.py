"""One module per domain. Each public function takes the open ``Store`` first, does its
work in one transaction and returns detached model objects or plain values."""
